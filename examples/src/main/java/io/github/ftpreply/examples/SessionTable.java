package io.github.ftpreply.examples;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.examples.client.Exchange;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Prints a session's exchanges as a table: command, code, catalog constant, category, handler method, text. */
public final class SessionTable {

    private static final String[] HEADER = {"COMMAND", "CODE", "CONSTANT", "CATEGORY", "HANDLER METHOD", "TEXT"};

    private SessionTable() {}

    /**
     * Prints the table; the lines of a multi-line reply go one below the other in the text column.
     *
     * @param exchanges the session's exchanges
     * @param out where to print
     */
    public static void print(List<Exchange> exchanges, PrintStream out) {
        int[] widths = new int[HEADER.length - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = HEADER[i].length();
        }
        for (Exchange exchange : exchanges) {
            String[] cells = cells(exchange);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        printRow(HEADER, widths, out);
        for (Exchange exchange : exchanges) {
            String[] cells = cells(exchange);
            List<String> lines = exchange.reply().lines();
            cells[cells.length - 1] = lines.get(0);
            printRow(cells, widths, out);
            String[] continuation = new String[HEADER.length];
            Arrays.fill(continuation, "");
            for (String line : lines.subList(1, lines.size())) {
                continuation[continuation.length - 1] = line;
                printRow(continuation, widths, out);
            }
        }
    }

    private static String[] cells(Exchange exchange) {
        FtpReply reply = exchange.reply();
        return new String[] {
            exchange.command(),
            Integer.toString(reply.code()),
            reply.knownCode().map(Enum::name).orElse("(not in the catalog)"),
            reply.category().key(),
            exchange.handlerMethod(),
            reply.text(),
        };
    }

    private static void printRow(String[] cells, int[] widths, PrintStream out) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            row.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length() + 2));
        }
        out.println(row.append(cells[cells.length - 1]).toString().stripTrailing());
    }
}
