#[allow(dead_code, non_snake_case, unused_imports, unused_mut, unused_variables)]
mod __grader {
    use std::io::{BufRead, Write};
    use std::os::unix::io::FromRawFd;

    extern "C" {
        fn dup(fd: i32) -> i32;
        fn dup2(from: i32, to: i32) -> i32;
        fn clock_gettime(clock: i32, ts: *mut [i64; 2]) -> i32;
        fn getrusage(who: i32, usage: *mut [i64; 18]) -> i32;
        fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
    }

    /// Process CPU time in nanoseconds (all threads).
    pub fn cpu_ns() -> i64 {
        let mut ts = [0i64; 2];
        unsafe { clock_gettime(2, &mut ts) };
        ts[0] * 1_000_000_000 + ts[1]
    }

    /// Peak resident set size in KiB (getrusage: a syscall, no file read).
    pub fn peak_kb() -> u64 {
        let mut usage = [0i64; 18];
        unsafe { getrusage(0, &mut usage) };
        usage[4].max(0) as u64
    }

    pub struct P<'a> {
        pub b: &'a [u8],
        pub i: usize,
    }

    impl<'a> P<'a> {
        pub fn ws(&mut self) {
            while self.i < self.b.len() && (self.b[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
        }
        pub fn peek(&mut self) -> u8 {
            self.ws();
            *self.b.get(self.i).unwrap_or(&0)
        }
        pub fn eat(&mut self, c: u8) {
            if self.peek() != c {
                panic!("grader protocol: expected '{}' at byte {}", c as char, self.i);
            }
            self.i += 1;
        }
        pub fn number(&mut self) -> &'a str {
            self.ws();
            let start = self.i;
            while self.i < self.b.len() && b"+-0123456789.eE".contains(&self.b[self.i]) {
                self.i += 1;
            }
            std::str::from_utf8(&self.b[start..self.i]).unwrap_or("")
        }
        pub fn string(&mut self) -> String {
            self.eat(b'"');
            let mut out = Vec::new();
            while self.i < self.b.len() && self.b[self.i] != b'"' {
                if self.b[self.i] == b'\\' {
                    self.i += 1;
                }
                out.push(self.b[self.i]);
                self.i += 1;
            }
            self.i += 1;
            String::from_utf8(out).unwrap_or_default()
        }
        pub fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
            self.eat(b'[');
            let mut out = Vec::new();
            if self.peek() == b']' {
                self.i += 1;
                return out;
            }
            loop {
                out.push(item(self));
                if self.peek() == b',' {
                    self.i += 1;
                } else {
                    self.eat(b']');
                    return out;
                }
            }
        }
    }

    /// Values the driver can read from the grader.
    pub trait Rd: Sized {
        fn rd(p: &mut P) -> Self;
    }
    impl Rd for i32 {
        fn rd(p: &mut P) -> Self {
            p.number().parse().expect("grader protocol: int")
        }
    }
    impl Rd for i64 {
        fn rd(p: &mut P) -> Self {
            p.number().parse().expect("grader protocol: long")
        }
    }
    impl Rd for f64 {
        fn rd(p: &mut P) -> Self {
            p.number().parse().expect("grader protocol: double")
        }
    }
    impl Rd for bool {
        fn rd(p: &mut P) -> Self {
            p.ws();
            let t = p.b[p.i..].starts_with(b"true");
            p.i += if t { 4 } else { 5 };
            t
        }
    }
    impl Rd for String {
        fn rd(p: &mut P) -> Self {
            p.string()
        }
    }
    impl Rd for char {
        fn rd(p: &mut P) -> Self {
            p.string().chars().next().unwrap_or('\0')
        }
    }
    impl<T: Rd> Rd for Vec<T> {
        fn rd(p: &mut P) -> Self {
            p.list(T::rd)
        }
    }
    impl Rd for Option<Box<super::ListNode>> {
        fn rd(p: &mut P) -> Self {
            let vals: Vec<i32> = Rd::rd(p);
            let mut head = None;
            for v in vals.into_iter().rev() {
                head = Some(Box::new(super::ListNode { val: v, next: head }));
            }
            head
        }
    }

    /// Values the driver can write back.
    pub trait Wr {
        fn wr(&self, o: &mut String);
    }
    impl Wr for () {
        fn wr(&self, o: &mut String) {
            o.push_str("null");
        }
    }
    impl Wr for i32 {
        fn wr(&self, o: &mut String) {
            o.push_str(&self.to_string());
        }
    }
    impl Wr for i64 {
        fn wr(&self, o: &mut String) {
            o.push_str(&self.to_string());
        }
    }
    impl Wr for f64 {
        fn wr(&self, o: &mut String) {
            if self.is_finite() {
                o.push_str(&format!("{:?}", self));
            } else {
                o.push_str("null");
            }
        }
    }
    impl Wr for bool {
        fn wr(&self, o: &mut String) {
            o.push_str(if *self { "true" } else { "false" });
        }
    }
    impl Wr for String {
        fn wr(&self, o: &mut String) {
            json_string(self, o);
        }
    }
    impl Wr for char {
        fn wr(&self, o: &mut String) {
            json_string(&self.to_string(), o);
        }
    }
    impl<T: Wr> Wr for Vec<T> {
        fn wr(&self, o: &mut String) {
            o.push('[');
            for (i, x) in self.iter().enumerate() {
                if i > 0 {
                    o.push(',');
                }
                x.wr(o);
            }
            o.push(']');
        }
    }
    impl Wr for Option<Box<super::ListNode>> {
        fn wr(&self, o: &mut String) {
            o.push('[');
            let mut node = self.as_ref();
            let mut first = true;
            let mut count = 0usize;
            while let Some(n) = node {
                if !first {
                    o.push(',');
                }
                first = false;
                n.val.wr(o);
                node = n.next.as_ref();
                count += 1;
                if count > 10_000_000 {
                    panic!("the returned linked list has a cycle or more than 10^7 nodes");
                }
            }
            o.push(']');
        }
    }

    pub fn json_string(s: &str, o: &mut String) {
        o.push('"');
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                '\n' => o.push_str("\\n"),
                '\t' => o.push_str("\\t"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                c => o.push(c),
            }
        }
        o.push('"');
    }

    thread_local! {
        static PANIC: std::cell::RefCell<String> = std::cell::RefCell::new(String::new());
    }

    /// Runs the cases: one request line in, one answer line out on a private fd.
    pub fn serve(run: fn(&mut P) -> Box<dyn FnOnce() -> String>) {
        // The learner's stdout joins stderr; the original stdout carries answers only.
        let answer_fd = unsafe { dup(1) };
        unsafe { dup2(2, 1) };
        let mut answers = std::io::BufWriter::new(unsafe { std::fs::File::from_raw_fd(answer_fd) });
        std::panic::set_hook(Box::new(|info| {
            let payload = info.payload();
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            let at = info.location().map(|l| format!(" at line {}:{}", l.line(), l.column())).unwrap_or_default();
            PANIC.with(|p| *p.borrow_mut() = format!("panicked{at}: {msg}"));
        }));
        let worker = std::thread::Builder::new()
            .name("solution".into())
            .stack_size(64 << 20)
            .spawn(move || {
                let stdin = std::io::stdin();
                let mut input = stdin.lock();
                let mut line = Vec::new();
                // Loaded: the grader starts the CPU clock of the first case from here.
                let _ = answers.write_all(b"READY\n").and_then(|_| answers.flush());
                loop {
                    line.clear();
                    if input.read_until(b'\n', &mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    let mut p = P { b: &line, i: 0 };
                    let id = p.number().to_string();
                    let call = run(&mut p);
                    let start = cpu_ns();
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(call));
                    let end = cpu_ns();
                    let _ = std::io::stdout().flush();
                    // Learner output goes to a file; its offset tells the grader where this case's output ends.
                    let out_end = unsafe { lseek(2, 0, 1) };
                    let mut reply = String::new();
                    match result {
                        Ok(answer) => reply.push_str(&format!("OK {} {} {} {} {}", end - start, end, peak_kb(), out_end, answer)),
                        Err(_) => {
                            reply.push_str(&format!("RE {} {} {} {} ", end - start, end, peak_kb(), out_end));
                            json_string(&PANIC.with(|p| p.borrow().clone()), &mut reply);
                        }
                    }
                    reply.push('\n');
                    if answers.write_all(reply.as_bytes()).and_then(|_| answers.flush()).is_err() {
                        break;
                    }
                }
            })
            .expect("grader: cannot start the solution thread");
        let _ = worker.join();
    }
}

fn main() {
    __grader::serve(__grader_cases::run);
}
