package io.github.ftpreply.examples;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.SocketErrorEntry;
import java.io.PrintStream;

/** Prints the canonical catalog as a table: the README's main command until the FTP session example lands. */
public final class CatalogTable {

  private CatalogTable() {}

  public static void main(String[] args) {
    print(CatalogLoader.canonical(), System.out);
  }

  static void print(Catalog catalog, PrintStream out) {
    String row = "%-5s %-46s %-22s %-15s %-14s %-12s %s%n";
    out.printf(row, "CODE", "CONSTANT", "CATEGORY", "GROUP", "SPEC", "STATUS", "DEFAULT TEXT");
    for (ReplyCodeEntry entry : catalog.codes()) {
      out.printf(row, entry.code(), entry.name(), entry.category().key(), entry.group().key(),
          entry.spec().document(), entry.status().key(), entry.text().source());
    }
    out.printf("%n%d FTP reply codes.%n%nClient-side Windows Sockets errors (never sent by a server):%n",
        catalog.codes().size());
    for (SocketErrorEntry entry : catalog.socketErrors()) {
      out.printf("%-6s %-26s %s%n", entry.code(), entry.name(), entry.title());
    }
  }
}
