package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void arrowsStepThroughTheOffersAndUpFromTheFirstGoesBackToTheText() {
        assertEquals(0, NameOffers.down(-1, 3));
        assertEquals(2, NameOffers.down(2, 3), "stays on the last");
        assertEquals(-1, NameOffers.down(-1, 0), "nothing to pick");
        assertEquals(1, NameOffers.up(2));
        assertEquals(-1, NameOffers.up(0));
        assertEquals(-1, NameOffers.up(-1));
    }

    @Test
    void tabCompletesToThePickedOfferElseTheOnlyOne() {
        assertEquals("bag", NameOffers.completion("bag", List.of("Sandal", "bag")));
        assertEquals("shirt", NameOffers.completion(null, List.of("shirt")));
        assertNull(NameOffers.completion(null, List.of("Sandal", "bag")), "two offers: which one is not clear");
        assertNull(NameOffers.completion(null, List.of()));
    }

    @Test
    void noTextOffersTheFirstNames() {
        assertEquals(List.of("Sandal", "bag", "ankle boot"), NameOffers.matching(KNOWN, "", 3));
    }
}
