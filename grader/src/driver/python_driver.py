# The grader's Python driver (added by the grader; not the learner's code).
# Runs the learner's file in LeetCode's implicit environment and answers one
# case per request line on a private channel; the learner's prints go to
# stderr, a file whose offset marks where each case's output ends.
import json
import os
import resource
import sys
import threading
import time

SIGNATURE = json.loads(r'''__SIGNATURE__''')

# LeetCode's implicit environment: modules by name and star-imported.
PRELUDE = """
from typing import *
from heapq import *
from collections import *
from bisect import *
from math import *
from itertools import *
from functools import *
from string import *
from re import *
from random import *
import typing, heapq, collections, bisect, math, itertools, functools, string, re, random, operator, array
try:
    from sortedcontainers import SortedList, SortedDict, SortedSet
except ImportError:
    pass
# A star import must not hide a builtin (math's pow would break pow(a, b, mod)).
import builtins as _builtins
for _name in list(globals()):
    if not _name.startswith("_") and hasattr(_builtins, _name) and globals()[_name] is not getattr(_builtins, _name):
        globals()[_name] = getattr(_builtins, _name)
del _builtins, _name

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
"""


def to_python(value, ty, ListNode):
    if ty == "ListNode":
        head = None
        for x in reversed(value):
            head = ListNode(x, head)
        return head
    if ty.endswith("[]"):
        inner = ty[:-2]
        if inner in ("int", "long", "double", "char", "string", "bool"):
            return value
        return [to_python(v, inner, ListNode) for v in value]
    return value


def to_json_value(result, ty, depth=0):
    if ty == "ListNode":
        out = []
        node = result
        while node is not None:
            out.append(node.val)
            node = node.next
            if len(out) > 10_000_000:
                raise RuntimeError("the returned linked list has a cycle or more than 10^7 nodes")
        return out
    if ty.endswith("[]") and result is not None:
        return [to_json_value(v, ty[:-2], depth + 1) for v in result]
    return result


def encode(value):
    if isinstance(value, float) and value != value:
        return "null"
    return json.dumps(value, separators=(",", ":"))


def read_values(text, start):
    decoder = json.JSONDecoder()
    values = []
    i = start
    n = len(text)
    while True:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            return values
        value, i = decoder.raw_decode(text, i)
        values.append(value)


def main():
    learner_path = sys.argv[1]
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    answers = os.fdopen(answer_fd, "w", buffering=1)
    env = {"__name__": "__main__", "__file__": learner_path}
    exec(compile(PRELUDE, "<leetcode prelude>", "exec"), env)
    ListNode = env["ListNode"]
    load_error = None
    try:
        with open(learner_path) as f:
            code = compile(f.read(), os.path.basename(learner_path), "exec")
        exec(code, env)
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        load_error = json.dumps(type(e).__name__ + ": " + str(e) + where(e) + " (while loading your file)")
    # Loaded: the grader starts the CPU clock of the first case from here.
    answers.write("READY\n")
    stdin = sys.stdin.buffer
    while True:
        line = stdin.readline()
        if not line:
            return
        text = line.decode()
        space = text.find(" ")
        case_id = text[:space]
        if load_error is not None:
            status, payload, cpu = "RE", load_error, 0
        else:
            status, payload, cpu = run_case(env, read_values(text, space + 1), ListNode)
        sys.stdout.flush()
        sys.stderr.flush()
        out_end = os.lseek(2, 0, os.SEEK_CUR)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        total = time.process_time_ns()
        answers.write(f"{status} {cpu} {total} {peak} {out_end} {payload}\n")


def run_case(env, args, ListNode):
    kind = SIGNATURE["kind"]
    try:
        if kind == "function":
            params = SIGNATURE["params"]
            converted = [to_python(a, t, ListNode) for a, t in zip(args, params)]
            cls = env.get("Solution")
            if not isinstance(cls, type):
                return "RE", json.dumps("your file does not define class Solution (LeetCode's signature: class Solution with method " + SIGNATURE["name"] + ")"), 0
            solution = cls()
            method = getattr(solution, SIGNATURE["name"], None)
            if method is None:
                return "RE", json.dumps("class Solution has no method " + SIGNATURE["name"]), 0
            start = time.process_time_ns()
            result = method(*converted)
            cpu = time.process_time_ns() - start
            return "OK", encode(to_json_value(result, SIGNATURE["returns"])), cpu
        names, arg_lists = args
        cls = env.get(SIGNATURE["class"])
        if not isinstance(cls, type):
            return "RE", json.dumps("your file does not define class " + SIGNATURE["class"]), 0
        methods = SIGNATURE["methods"]
        calls = []
        for name, call_args in zip(names, arg_lists):
            types = SIGNATURE["constructor"] if name == SIGNATURE["class"] else methods[name]["params"]
            calls.append((name, [to_python(a, t, ListNode) for a, t in zip(call_args, types)]))
        out = []
        obj = None
        start = time.process_time_ns()
        for name, call_args in calls:
            if name == SIGNATURE["class"]:
                obj = cls(*call_args)
                out.append(None)
            else:
                result = getattr(obj, name)(*call_args)
                out.append(to_json_value(result, methods[name]["returns"]))
        cpu = time.process_time_ns() - start
        return "OK", encode(out), cpu
    except RecursionError as e:
        return "RE", json.dumps("RecursionError: " + str(e) + where(e)), 0
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return "RE", json.dumps(type(e).__name__ + ": " + str(e) + where(e)), 0


def where(e):
    """The innermost frame of the learner's own file, as ' (line N, in f)'.
    Walks the traceback without formatting it: a RecursionError has 10^5 frames."""
    learner = os.path.basename(sys.argv[1])
    found = None
    tb = e.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == learner:
            found = tb
        tb = tb.tb_next
    if found is None:
        return ""
    return f" (line {found.tb_lineno}, in {found.tb_frame.f_code.co_name})"


if __name__ == "__main__":
    sys.setrecursionlimit(200_000)
    threading.stack_size(512 * 1024 * 1024)
    worker = threading.Thread(target=main)
    worker.start()
    worker.join()
