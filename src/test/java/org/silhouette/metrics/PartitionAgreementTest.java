package org.silhouette.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartitionAgreementTest {

    /** NMI / AMI / ARI from sklearn 1.2 (arithmetic normalisation, hypergeometric E[MI]). */
    @Test
    void matchesSklearn() {
        for (JsonNode p : Fixtures.read("agreement.json").get("pairs")) {
            String name = p.get("name").asText();
            int[] truth = Fixtures.ints(p.get("truth"));
            int[] predicted = Fixtures.ints(p.get("predicted"));
            assertEquals(p.get("nmi").asDouble(), PartitionAgreement.nmi(truth, predicted), 1e-10, name);
            assertEquals(p.get("ami").asDouble(), PartitionAgreement.ami(truth, predicted), 1e-10, name);
            assertEquals(p.get("ari").asDouble(), PartitionAgreement.ari(truth, predicted), 1e-12, name);
        }
    }

    /**
     * truth {0,0,1,1}, predicted {0,0,0,1}: contingency [[2,0],[1,1]], row sums (2,2), column sums (3,1), n = 4.
     * MI = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2 = 0.2157616; H(truth) = ln 2; H(pred) = -(3/4 ln 3/4 + 1/4 ln 1/4)
     * = 0.5623351; NMI = MI / mean(H) = 0.3437110.
     * E[MI]: each truth row (a = 2) meets column b = 3 with m = 1 or 2, each with probability 1/2, and column
     * b = 1 with m = 1, probability 1/2: 2 * [1/2 (1/4 ln 2/3 + 1/2 ln 4/3) + 1/2 * 1/4 ln 2] = MI, so AMI = 0.
     * Unordered pairs: together in both 1, expected (1 + 1) * 3 / 6 = 1, so ARI = 0.
     */
    @Test
    void handComputedTinyCase() {
        int[] truth = {0, 0, 1, 1};
        int[] predicted = {0, 0, 0, 1};
        double mi = 0.5 * Math.log(4.0 / 3) + 0.25 * Math.log(2.0 / 3) + 0.25 * Math.log(2);
        double hPred = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        assertEquals(mi / ((Math.log(2) + hPred) / 2), PartitionAgreement.nmi(truth, predicted), 1e-15);
        assertEquals(0.0, PartitionAgreement.ami(truth, predicted), 1e-14);
        assertEquals(0.0, PartitionAgreement.ari(truth, predicted), 0.0);
    }

    /** Renaming changes only the summation order (hence 1e-14). */
    @Test
    void labelsAreNamesOnly() {
        int[] truth = {0, 0, 1, 1, 2, 2, 2};
        int[] predicted = {1, 1, 1, 0, 0, 2, 2};
        int[] renamed = {-5, -5, -5, 40, 40, 7, 7};
        assertEquals(PartitionAgreement.nmi(truth, predicted), PartitionAgreement.nmi(truth, renamed), 1e-14);
        assertEquals(PartitionAgreement.ami(truth, predicted), PartitionAgreement.ami(truth, renamed), 1e-14);
        assertEquals(PartitionAgreement.ari(truth, predicted), PartitionAgreement.ari(truth, renamed), 1e-14);
    }

    @Test
    void logFactorialMatchesTheRunningSum() {
        double sum = 0;
        var lf = new PartitionAgreement.LogFactorial(5000);
        for (int k = 1; k <= 5000; k++) {
            sum += Math.log(k);
            assertEquals(sum, lf.of(k), 1e-12 * Math.max(1, sum), "k=" + k);
        }
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> PartitionAgreement.ari(new int[] {0, 1}, new int[] {0}));
    }
}
