package bench;

/**
 * The CPU of a measured command, as the bench runs it: under {@code sh -c '"$@" ...; times'}, whose last line
 * is the user and system time of the shell's children (the command and every process it started).
 */
final class ShellTimes {

    private ShellTimes() {
    }

    /** CPU seconds of the shell's children, from output whose last line is what {@code times} printed last. */
    static double childrenCpu(String output) {
        String[] lines = output.trim().split("\n");
        String[] children = lines[lines.length - 1].trim().split("\\s+");
        return seconds(children[0]) + seconds(children[1]);
    }

    /** Seconds from the {@code 1m2.345s} form of {@code times}. */
    private static double seconds(String time) {
        int m = time.indexOf('m');
        return Integer.parseInt(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1));
    }
}
