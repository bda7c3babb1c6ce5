
// ---- grader driver: everything below is added by the grader ----
final class Main {
    /** A cursor over one request line. */
    static final class P {
        final String b;
        int i;

        P(String b) {
            this.b = b;
        }

        void ws() {
            while (i < b.length() && b.charAt(i) <= ' ') i++;
        }

        char peek() {
            ws();
            return i < b.length() ? b.charAt(i) : 0;
        }

        void eat(char c) {
            if (peek() != c) throw new IllegalStateException("grader protocol: expected '" + c + "' at " + i);
            i++;
        }

        String token() {
            ws();
            int start = i;
            while (i < b.length() && "+-0123456789.eE".indexOf(b.charAt(i)) >= 0) i++;
            return b.substring(start, i);
        }

        String word() {
            ws();
            int start = i;
            while (i < b.length() && b.charAt(i) != ' ') i++;
            return b.substring(start, i);
        }

        int i32() {
            ws();
            boolean neg = false;
            if (i < b.length() && b.charAt(i) == '-') {
                neg = true;
                i++;
            }
            long v = 0;
            int start = i;
            while (i < b.length() && b.charAt(i) >= '0' && b.charAt(i) <= '9') v = v * 10 + (b.charAt(i++) - '0');
            if (i == start) throw new IllegalStateException("grader protocol: expected an integer at " + i);
            return (int) (neg ? -v : v);
        }

        long i64() {
            return Long.parseLong(token());
        }

        double f64() {
            return Double.parseDouble(token());
        }

        boolean bool() {
            boolean t = peek() == 't';
            i += t ? 4 : 5;
            return t;
        }

        String str() {
            eat('"');
            StringBuilder out = new StringBuilder();
            while (i < b.length() && b.charAt(i) != '"') {
                char c = b.charAt(i++);
                if (c == '\\') {
                    char e = b.charAt(i++);
                    switch (e) {
                        case 'n': out.append('\n'); break;
                        case 't': out.append('\t'); break;
                        case 'r': out.append('\r'); break;
                        case 'b': out.append('\b'); break;
                        case 'f': out.append('\f'); break;
                        case 'u': out.append((char) Integer.parseInt(b.substring(i, i + 4), 16)); i += 4; break;
                        default: out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            eat('"');
            return out.toString();
        }

        char chr() {
            String s = str();
            return s.isEmpty() ? '\0' : s.charAt(0);
        }

        <T> ArrayList<T> list(java.util.function.Supplier<T> item) {
            eat('[');
            ArrayList<T> out = new ArrayList<>();
            if (peek() == ']') {
                i++;
                return out;
            }
            while (true) {
                out.add(item.get());
                if (peek() == ',') {
                    i++;
                } else {
                    eat(']');
                    return out;
                }
            }
        }

        int[] ints() {
            eat('[');
            int[] out = new int[16];
            int n = 0;
            if (peek() == ']') {
                i++;
                return new int[0];
            }
            while (true) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = i32();
                if (peek() == ',') {
                    i++;
                } else {
                    eat(']');
                    return Arrays.copyOf(out, n);
                }
            }
        }

        long[] longs() {
            ArrayList<Long> l = list(this::i64);
            long[] out = new long[l.size()];
            for (int k = 0; k < out.length; k++) out[k] = l.get(k);
            return out;
        }

        double[] doubles() {
            ArrayList<Double> l = list(this::f64);
            double[] out = new double[l.size()];
            for (int k = 0; k < out.length; k++) out[k] = l.get(k);
            return out;
        }

        boolean[] bools() {
            ArrayList<Boolean> l = list(this::bool);
            boolean[] out = new boolean[l.size()];
            for (int k = 0; k < out.length; k++) out[k] = l.get(k);
            return out;
        }

        char[] chars() {
            ArrayList<Character> l = list(this::chr);
            char[] out = new char[l.size()];
            for (int k = 0; k < out.length; k++) out[k] = l.get(k);
            return out;
        }

        ListNode node() {
            int[] vals = ints();
            ListNode head = null;
            for (int k = vals.length - 1; k >= 0; k--) head = new ListNode(vals[k], head);
            return head;
        }
    }

    static void str(StringBuilder o, String s) {
        o.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': o.append("\\\""); break;
                case '\\': o.append("\\\\"); break;
                case '\n': o.append("\\n"); break;
                case '\t': o.append("\\t"); break;
                case '\r': o.append("\\r"); break;
                default:
                    if (c < 0x20) o.append(String.format("\\u%04x", (int) c));
                    else o.append(c);
            }
        }
        o.append('"');
    }

    static void w(StringBuilder o, int x) { o.append(x); }
    static void w(StringBuilder o, long x) { o.append(x); }
    static void w(StringBuilder o, boolean x) { o.append(x); }
    static void w(StringBuilder o, char x) { str(o, String.valueOf(x)); }
    static void w(StringBuilder o, String x) {
        if (x == null) o.append("null");
        else str(o, x);
    }
    static void w(StringBuilder o, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) o.append("null");
        else o.append(x);
    }
    static void w(StringBuilder o, ListNode head) {
        o.append('[');
        int count = 0;
        for (ListNode n = head; n != null; n = n.next) {
            if (count > 0) o.append(',');
            o.append(n.val);
            if (++count > 10_000_000) throw new IllegalStateException("the returned linked list has a cycle or more than 10^7 nodes");
        }
        o.append(']');
    }
    static void w(StringBuilder o, Object x) {
        if (x == null) o.append("null");
        else if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) o.append(x);
        else if (x instanceof Double) w(o, (double) (Double) x);
        else if (x instanceof Float) w(o, (double) (Float) x);
        else if (x instanceof Boolean) o.append(x);
        else if (x instanceof Character) w(o, (char) (Character) x);
        else if (x instanceof String) str(o, (String) x);
        else if (x instanceof ListNode) w(o, (ListNode) x);
        else if (x instanceof int[]) {
            int[] a = (int[]) x;
            o.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) o.append(',');
                o.append(a[k]);
            }
            o.append(']');
        } else if (x instanceof long[]) w(o, Arrays.stream((long[]) x).boxed().toArray());
        else if (x instanceof double[]) w(o, Arrays.stream((double[]) x).boxed().toArray());
        else if (x instanceof char[]) {
            char[] a = (char[]) x;
            o.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) o.append(',');
                w(o, a[k]);
            }
            o.append(']');
        } else if (x instanceof boolean[]) {
            boolean[] a = (boolean[]) x;
            o.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) o.append(',');
                o.append(a[k]);
            }
            o.append(']');
        } else if (x instanceof Object[]) {
            Object[] a = (Object[]) x;
            o.append('[');
            for (int k = 0; k < a.length; k++) {
                if (k > 0) o.append(',');
                w(o, a[k]);
            }
            o.append(']');
        } else if (x instanceof Iterable) {
            o.append('[');
            boolean first = true;
            for (Object item : (Iterable<?>) x) {
                if (!first) o.append(',');
                first = false;
                w(o, item);
            }
            o.append(']');
        } else {
            str(o, x.toString());
        }
    }

    static final java.lang.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** Process CPU time in nanoseconds (all threads). */
    static long cpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) OS).getProcessCpuTime();
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final List<java.lang.management.GarbageCollectorMXBean> GCS = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();

    /**
     * The learner's CPU time so far, in nanoseconds: this thread's CPU clock
     * (exact, unlike the process clock's 10 ms ticks) plus the time spent in
     * garbage collection, which runs on other threads; the JIT compiler's
     * threads are not counted.
     */
    static long learnerNs() {
        long gcMs = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : GCS) gcMs += Math.max(0, gc.getCollectionTime());
        return THREADS.getCurrentThreadCpuTime() + gcMs * 1_000_000L;
    }

    /** Peak resident set size in KiB (VmHWM). */
    static long peakKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (Exception e) {
            // Unknown: the grader also watches /proc from outside.
        }
        return 0;
    }

    static final String LEARNER_FILE = "__LEARNER_FILE__";
    static final int LEARNER_LINES = __LEARNER_LINES__;

    /** The exception's class and message, and the innermost line of the learner's own code. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) s.append(": ").append(e.getMessage());
        for (StackTraceElement f : e.getStackTrace()) {
            if (LEARNER_FILE.equals(f.getFileName()) && f.getLineNumber() > 0 && f.getLineNumber() <= LEARNER_LINES) {
                s.append(" (line ").append(f.getLineNumber()).append(", in ").append(f.getClassName()).append('.').append(f.getMethodName()).append(')');
                break;
            }
        }
        return s.toString();
    }

    static void serve() throws Exception {
        java.io.FileOutputStream answers = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        java.nio.channels.FileChannel output = new java.io.FileOutputStream(java.io.FileDescriptor.err).getChannel();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.FileInputStream(java.io.FileDescriptor.in), java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        // Loaded: the grader starts the CPU clock of the first case from here.
        answers.write("READY\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        answers.flush();
        String line;
        while ((line = in.readLine()) != null) {
            P p = new P(line);
            String id = p.word();
            StringBuilder answer = new StringBuilder();
            String error = null;
            long start = 0, end = 0;
            try {
                java.util.function.Consumer<StringBuilder> call = readCase(p);
                start = learnerNs();
                try {
                    call.accept(answer);
                } finally {
                    end = learnerNs();
                }
            } catch (Throwable e) {
                error = describe(e);
            }
            System.out.flush();
            System.err.flush();
            long outEnd = 0;
            try {
                outEnd = output.position();
            } catch (java.io.IOException e) {
                // stderr is not a file (run by hand): no offsets to give.
            }
            StringBuilder reply = new StringBuilder(error == null ? "OK " : "RE ");
            reply.append(end - start).append(' ').append(cpuNs()).append(' ').append(peakKb()).append(' ').append(outEnd).append(' ');
            if (error == null) reply.append(answer);
            else str(reply, error);
            reply.append('\n');
            answers.write(reply.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            answers.flush();
        }
    }

    public static void main(String[] args) throws Exception {
        // The learner's System.out joins stderr; the original stdout carries answers only.
        System.setOut(System.err);
        Thread worker = new Thread(null, () -> {
            try {
                serve();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(3);
            }
        }, "solution", 16L << 20);
        worker.start();
        worker.join();
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

/*__CASE__*/
}
