package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCategoryAndGroupTest {

    @Test
    void categoryKeysAndDigitsAreTheCatalogs() {
        assertEquals(
                List.of(
                        "1 positive-preliminary",
                        "2 positive-completion",
                        "3 positive-intermediate",
                        "4 transient-negative",
                        "5 permanent-negative",
                        "6 protected"),
                Arrays.stream(ReplyCategory.values())
                        .map(c -> c.digit() + " " + c.key())
                        .collect(Collectors.toList()));
    }

    @Test
    void groupKeysAndDigitsAreTheCatalogs() {
        assertEquals(
                List.of(
                        "0 syntax",
                        "1 information",
                        "2 connections",
                        "3 authentication",
                        "4 unspecified",
                        "5 file-system"),
                Arrays.stream(ReplyGroup.values())
                        .map(g -> g.digit() + " " + g.key())
                        .collect(Collectors.toList()));
    }

    @Test
    void categoryOfCodeFollowsTheFirstDigit() {
        assertEquals(ReplyCategory.POSITIVE_PRELIMINARY, ReplyCategory.of(100));
        assertEquals(ReplyCategory.POSITIVE_COMPLETION, ReplyCategory.of(257));
        assertEquals(ReplyCategory.POSITIVE_INTERMEDIATE, ReplyCategory.of(331));
        assertEquals(ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.of(421));
        assertEquals(ReplyCategory.PERMANENT_NEGATIVE, ReplyCategory.of(599));
        assertEquals(ReplyCategory.PROTECTED, ReplyCategory.of(631));
        assertEquals(ReplyCategory.PROTECTED, ReplyCategory.of(699));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 700, 999, 10054, 2200})
    void notACodeIsRejectedByOf(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplyCategory.of(code));
        assertEquals("not a reply code (100..699): " + code, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReplyGroup.of(code));
    }

    @Test
    void groupOfCodeFollowsTheSecondDigitAndIsEmptyFor6To9() {
        assertEquals(Optional.of(ReplyGroup.SYNTAX), ReplyGroup.of(500));
        assertEquals(Optional.of(ReplyGroup.INFORMATION), ReplyGroup.of(211));
        assertEquals(Optional.of(ReplyGroup.CONNECTIONS), ReplyGroup.of(227));
        assertEquals(Optional.of(ReplyGroup.AUTHENTICATION), ReplyGroup.of(331));
        assertEquals(Optional.of(ReplyGroup.UNSPECIFIED), ReplyGroup.of(641));
        assertEquals(Optional.of(ReplyGroup.FILE_SYSTEM), ReplyGroup.of(550));
        for (int code : new int[] {260, 170, 389, 699}) {
            assertEquals(Optional.empty(), ReplyGroup.of(code), "group of " + code);
        }
    }

    @Test
    void predicatesMatchExactlyTheirHundred() {
        for (int code = -10; code < 1100; code++) {
            boolean valid = code >= 100 && code <= 699;
            int first = valid ? code / 100 : -1;
            assertEquals(first == 1, ReplyCategory.isPositivePreliminary(code), "1yz " + code);
            assertEquals(first == 2, ReplyCategory.isPositiveCompletion(code), "2yz " + code);
            assertEquals(first == 3, ReplyCategory.isPositiveIntermediate(code), "3yz " + code);
            assertEquals(first == 4, ReplyCategory.isNegativeTransient(code), "4yz " + code);
            assertEquals(first == 5, ReplyCategory.isNegativePermanent(code), "5yz " + code);
            assertEquals(first == 6, ReplyCategory.isProtectedReplyCode(code), "6yz " + code);
        }
    }

    @Test
    void socketErrorsAreNeverASuccessAndProtectedRepliesNeverANegative() {
        // Python's ftplib reads "10054 ..." as a 1yz reply; ftpreply does not.
        for (int socketError : new int[] {10054, 10060, 11001}) {
            assertFalse(ReplyCategory.isPositivePreliminary(socketError));
            assertFalse(ReplyCategory.isPositiveCompletion(socketError));
        }
        assertTrue(ReplyCategory.isProtectedReplyCode(633));
        assertFalse(ReplyCategory.isNegativePermanent(633));
        assertFalse(ReplyCategory.isNegativeTransient(633));
    }
}
