// LeetCode's TypeScript globals (added by the grader; not the learner's code):
// ListNode as LeetCode's comment shows it, and the datastructures-js classes
// typed by the packages' own declarations.
import type * as pq from '@datastructures-js/priority-queue';
import type * as q from '@datastructures-js/queue';

declare global {
  // @list-node
  class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
  }
  // @end-list-node

  const PriorityQueue: typeof pq.PriorityQueue;
  type PriorityQueue<T> = pq.PriorityQueue<T>;
  const MinPriorityQueue: typeof pq.MinPriorityQueue;
  type MinPriorityQueue<T> = pq.MinPriorityQueue<T>;
  const MaxPriorityQueue: typeof pq.MaxPriorityQueue;
  type MaxPriorityQueue<T> = pq.MaxPriorityQueue<T>;
  type ICompare<T> = pq.ICompare<T>;
  type IGetCompareValue<T> = pq.IGetCompareValue<T>;
  const Queue: typeof q.Queue;
  type Queue<T> = q.Queue<T>;

  // `require` of the packages above (some solutions import them themselves).
  function require(name: string): any;

  // The parts of Node's console a solution prints with.
  const console: {
    log(...data: any[]): void;
    error(...data: any[]): void;
    warn(...data: any[]): void;
    info(...data: any[]): void;
    debug(...data: any[]): void;
    table(data: any, columns?: string[]): void;
    dir(item: any, options?: any): void;
  };
}

export {};
