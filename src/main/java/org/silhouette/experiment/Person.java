package org.silhouette.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * How thoroughly the simulated person reviews a lasso before acting on it (the {@code simulate --annotator}
 * choice). Looking at the thumbnails, the person deselects each member that does not belong with probability
 * {@code deselectWrong}, and then types a wrong class name with probability {@code wrongName}.
 *
 * <ul>
 *   <li><b>careful</b>: deselects every misfit and never mistypes, so a lasso never gives a wrong label;</li>
 *   <li><b>realistic</b>: misses about 30 % of the misfits and names about 2 % of its lassos wrongly;</li>
 *   <li><b>hasty</b>: names every member and accepts every suggestion it selected.</li>
 * </ul>
 * A misfit is, when naming, a member not of the lasso's majority class and, when accepting suggestions, a
 * member whose suggestion is wrong. Each person draws from its own random stream, seeded from the run's seed.
 *
 * @param name what {@code --annotator} calls it
 * @param deselectWrong chance that one misfit is deselected, in [0, 1]
 * @param wrongName chance that a lasso gets a wrong class name, in [0, 1)
 */
public record Person(String name, double deselectWrong, double wrongName) {
    public static final Person CAREFUL = new Person("careful", 1.0, 0.0);
    public static final Person REALISTIC = new Person("realistic", 0.7, 0.02);
    public static final Person HASTY = new Person("hasty", 0.0, 0.0);

    public Person {
        if (!(deselectWrong >= 0 && deselectWrong <= 1) || !(wrongName >= 0 && wrongName < 1)) {
            throw new IllegalArgumentException("bad annotator rates: deselect " + deselectWrong + ", wrong name "
                    + wrongName);
        }
    }

    public static List<Person> all() {
        return List.of(CAREFUL, REALISTIC, HASTY);
    }

    /** The person called {@code name} (any case); throws with the valid names otherwise. */
    public static Person parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(p -> p.name.equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the annotator must be one of "
                        + all().stream().map(Person::name).collect(Collectors.joining(", ")) + ", got '" + name + "'"));
    }

    /** A lasso after review: the members that get a name, and the name. */
    public record Naming(int[] members, int label) {
    }

    /**
     * Reviews a lasso and names it after its majority class (or, by mistake, another class).
     *
     * @param classes how many class names the person can choose from
     */
    public Naming name(int[] members, int[] truth, int classes, SplittableRandom random) {
        int majority = Annotator.majority(members, truth, classes);
        int[] kept = keep(members, i -> truth[i] != majority, random);
        int label = majority;
        if (classes > 1 && happens(wrongName, random)) {
            int other = random.nextInt(classes - 1); // any class but the right one, all equally likely
            label = other >= majority ? other + 1 : other;
        }
        return new Naming(kept, label);
    }

    /** The lasso's members whose suggestions are accepted: a member with a wrong suggestion may be deselected. */
    public int[] acceptable(int[] members, int[] truth, int[] suggested, SplittableRandom random) {
        return keep(members, i -> suggested[i] >= 0 && suggested[i] != truth[i], random);
    }

    private int[] keep(int[] members, java.util.function.IntPredicate misfit, SplittableRandom random) {
        return Arrays.stream(members).filter(i -> !(misfit.test(i) && happens(deselectWrong, random))).toArray();
    }

    /** True with probability p; draws nothing for 0 and 1, so the careful and hasty runs use no randomness. */
    private static boolean happens(double p, SplittableRandom random) {
        return p >= 1 || (p > 0 && random.nextDouble() < p);
    }

    @Override
    public String toString() {
        return name;
    }
}
