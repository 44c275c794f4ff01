package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameOffersTest {

    private static final List<String> KNOWN = List.of("Sandal", "bag", "ankle boot", "Sneaker", "shirt", "T-shirt");

    @Test
    void namesStartingWithTheTextComeBeforeThoseContainingIt() {
        assertEquals(List.of("shirt", "T-shirt"), NameOffers.matching(KNOWN, " SHI", 6));
        assertEquals(List.of("Sandal", "Sneaker", "shirt", "T-shirt"), NameOffers.matching(KNOWN, "s", 6),
                "case is ignored");
        assertEquals(List.of("Sandal", "Sneaker"), NameOffers.matching(KNOWN, "s", 2), "cut at the most");
        assertEquals(List.of("ankle boot", "Sneaker"), NameOffers.matching(KNOWN, "k", 6));
        assertEquals(List.of(), NameOffers.matching(KNOWN, "coat", 6));
    }

    @Test
    void noTextOffersTheFirstNames() {
        assertEquals(List.of("Sandal", "bag", "ankle boot"), NameOffers.matching(KNOWN, "", 3));
    }
}
