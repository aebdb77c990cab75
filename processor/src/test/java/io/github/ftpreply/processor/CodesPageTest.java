package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.SocketErrorEntry;
import org.junit.jupiter.api.Test;

/** docs/codes.md: every code once, with the anchor the enums link to; socket errors apart; table cells intact. */
class CodesPageTest {
    private static final Catalog CANONICAL = CatalogLoader.canonical();
    private static final String PAGE = CodesPage.markdown(CANONICAL);

    @Test
    void everyCodeHasOneAnchoredSectionInOrderBeforeTheSocketErrors() {
        int socketSection = PAGE.indexOf("\n## Windows Sockets errors\n");
        assertThat(socketSection).isGreaterThan(0);
        int previous = 0;
        for (ReplyCodeEntry entry : CANONICAL.codes()) {
            String anchor = "<a id=\"code-" + entry.code() + "\"></a>";
            int at = PAGE.indexOf(anchor);
            assertThat(at).isGreaterThan(previous);
            assertThat(at).isLessThan(socketSection);
            assertThat(PAGE.indexOf(anchor, at + 1)).isEqualTo(-1);
            assertThat(PAGE)
                    .contains("| [" + entry.code() + "](#code-" + entry.code() + ") | `" + entry.name() + "` |");
            assertThat(PAGE).contains("| constant | `FtpReplyCode." + entry.name() + "` |");
            previous = at;
        }
        for (SocketErrorEntry entry : CANONICAL.socketErrors()) {
            assertThat(PAGE.indexOf("<a id=\"socket-" + entry.code() + "\"></a>"))
                    .isGreaterThan(socketSection);
            assertThat(PAGE).contains("`SocketErrorCode." + entry.name() + "`.");
        }
    }

    @Test
    void pipesInTextsAreEscapedSoThatTheTableKeepsItsColumns() {
        assertThat(PAGE).contains("| text | `Entering Extended Passive Mode (\\|\\|\\|{port}\\|).` |");
    }

    @Test
    void variantsConflictsAndAMissingGroupAreShown() {
        assertThat(PAGE).contains("| `pwd` | `\"{pathname}\" is the current directory.` | The answer to PWD");
        assertThat(PAGE).contains("| `feat` (2 lines) | `Extensions supported:` / `End.` |");
        assertThat(PAGE).contains("| group | file-system (x5x): ");
        assertThat(PAGE).contains("Sources disagree on this code; its meanings:\n\n- **Followed:** ");
    }

    @Test
    void theEnumsLinkToTheAnchorsOfThePage() {
        ReplyCodeEntry pathnameCreated = CANONICAL.code(257).orElseThrow();
        String enumSource = EnumGenerator.replyCodes(CANONICAL).toString();
        assertThat(enumSource)
                .contains("<p>Reference: <a href=\"" + EnumGenerator.REFERENCE_URL + "#"
                        + EnumGenerator.anchor(pathnameCreated) + "\">");
        assertThat(PAGE).contains("<a id=\"" + EnumGenerator.anchor(pathnameCreated) + "\"></a>");
    }
}
