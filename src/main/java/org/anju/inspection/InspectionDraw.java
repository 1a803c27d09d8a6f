package org.anju.inspection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The double-random draw (双随机, rules.md §6), deterministic over published inputs, and its own verifier: it uses
 * nothing but the JDK, so anyone can run {@code java InspectionDraw.java published.json} on the JSON of
 * {@code GET /api/v1/public/inspections/{id}} and compare the printed result with the published one (see
 * docs/inspection-draw.md).
 * <p>
 * Random numbers: the n-th number (n from 0) is the first 8 bytes, big-endian and unsigned, of SHA-256 of the UTF-8
 * text {@code seed + ':' + n}; a number below {@code m} is that number modulo {@code m}. Targets: {@code count} times,
 * a point below the total weight of the targets not yet drawn, walked through them in ascending id order. Inspectors:
 * for each drawn target in draw order, {@code perTarget} times, uniformly among the inspectors (ascending id) not
 * conflicted with the target's company, not already chosen for it and of a unit not yet chosen for it. A conflicted
 * inspector can therefore never be drawn, and every target gets inspectors of different units. Entries listed in
 * {@code withdrawnTargets} and {@code withdrawnInspectors} (deactivated between commit and draw) take no part.
 */
public final class InspectionDraw {

    /** A target of the directory: its weight is a positive integer (weighted up for low grades and complaints). */
    public record Target(long id, long companyId, int weight) {
    }

    /** An inspector with their unit and the companies they are conflicted with. */
    public record Inspector(long id, String unit, Set<Long> conflicts) {
    }

    /** One drawn target and its inspectors, in the order drawn. */
    public record Pick(long targetId, List<Long> inspectorIds) {
    }

    private InspectionDraw() {
    }

    /** SHA-256 of the seed's UTF-8 text, lower-case hex: the commitment published before the draw. */
    public static String commitment(String seed) {
        return HexFormat.of().formatHex(sha256(seed));
    }

    /**
     * The draw. Targets and inspectors are taken in ascending id order whatever order they come in.
     *
     * @throws IllegalArgumentException when a drawn target cannot get {@code perTarget} inspectors of different units
     */
    public static List<Pick> draw(String seed, int count, int perTarget, List<Target> targets, List<Inspector> inspectors) {
        Random random = new Random(seed);
        List<Target> remaining = new ArrayList<>(targets);
        remaining.sort((a, b) -> Long.compare(a.id(), b.id()));
        List<Inspector> pool = new ArrayList<>(inspectors);
        pool.sort((a, b) -> Long.compare(a.id(), b.id()));
        List<Pick> picks = new ArrayList<>();
        for (int k = 0; k < count && !remaining.isEmpty(); k++) {
            long total = remaining.stream().mapToLong(Target::weight).sum();
            long point = random.below(total);
            Target chosen = null;
            for (Target t : remaining) {
                if (point < t.weight()) {
                    chosen = t;
                    break;
                }
                point -= t.weight();
            }
            remaining.remove(chosen);
            picks.add(new Pick(chosen.id(), inspectorsFor(chosen, perTarget, pool, random)));
        }
        return picks;
    }

    private static List<Long> inspectorsFor(Target target, int perTarget, List<Inspector> pool, Random random) {
        List<Long> chosen = new ArrayList<>();
        Set<String> units = new HashSet<>();
        while (chosen.size() < perTarget) {
            List<Inspector> candidates = pool.stream().filter(i -> !i.conflicts().contains(target.companyId()))
                    .filter(i -> !chosen.contains(i.id())).filter(i -> !units.contains(i.unit())).toList();
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("target " + target.id() + ": not enough inspectors of different units");
            }
            Inspector i = candidates.get((int) random.below(candidates.size()));
            chosen.add(i.id());
            units.add(i.unit());
        }
        return chosen;
    }

    /** The numbers of the draw, from the seed alone. */
    static final class Random {
        private final String seed;
        private long n;

        Random(String seed) {
            this.seed = seed;
        }

        long next() {
            byte[] d = sha256(seed + ":" + n++);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        }

        long below(long m) {
            return Long.remainderUnsigned(next(), m);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // the verifier: java InspectionDraw.java published.json

    /** Reads the published JSON (the public inspection page's API answer, or its draw object) and prints the draw. */
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        System.out.println(verify(json));
    }

    /** The check the verifier prints: the commitment matches, and the draw re-run from the inputs, as JSON. */
    public static String verify(String publishedJson) {
        Map<?, ?> root = (Map<?, ?>) new Json(publishedJson).value();
        Map<?, ?> draw = root.containsKey("draw") ? (Map<?, ?>) root.get("draw") : root;
        String seed = (String) draw.get("seed");
        if (seed == null) {
            return "{\"error\": \"the seed is not revealed yet\"}";
        }
        Set<Long> withdrawnTargets = ids(draw.get("withdrawnTargets"));
        Set<Long> withdrawnInspectors = ids(draw.get("withdrawnInspectors"));
        List<Target> targets = new ArrayList<>();
        for (Object o : (List<?>) draw.get("targets")) {
            Map<?, ?> t = (Map<?, ?>) o;
            if (withdrawnTargets.contains(num(t.get("id")))) {
                continue;
            }
            targets.add(new Target(num(t.get("id")), num(t.get("companyId")), (int) num(t.get("weight"))));
        }
        List<Inspector> inspectors = new ArrayList<>();
        for (Object o : (List<?>) draw.get("inspectors")) {
            Map<?, ?> i = (Map<?, ?>) o;
            if (withdrawnInspectors.contains(num(i.get("id")))) {
                continue;
            }
            Set<Long> conflicts = new HashSet<>();
            ((List<?>) i.get("conflicts")).forEach(c -> conflicts.add(num(c)));
            inspectors.add(new Inspector(num(i.get("id")), (String) i.get("unit"), conflicts));
        }
        List<Pick> picks = draw(seed, (int) num(draw.get("count")), (int) num(draw.get("perTarget")), targets,
                inspectors);
        StringBuilder out = new StringBuilder("{\"commitmentMatches\": ")
                .append(commitment(seed).equals(draw.get("seedHash"))).append(", \"result\": [");
        for (int k = 0; k < picks.size(); k++) {
            out.append(k == 0 ? "" : ", ").append("{\"targetId\": ").append(picks.get(k).targetId())
                    .append(", \"inspectorIds\": ").append(picks.get(k).inspectorIds().toString()).append('}');
        }
        return out.append("]}").toString();
    }

    /** The ids of a list of numbers; none when the field is absent (plans drawn before withdrawals existed). */
    private static Set<Long> ids(Object list) {
        Set<Long> ids = new HashSet<>();
        if (list instanceof List<?> l) {
            l.forEach(o -> ids.add(num(o)));
        }
        return ids;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** Just enough JSON for the published inputs: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // :
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") || word.contains("e") || word.contains("E")
                        ? (Object) Double.valueOf(word) : (Object) Long.valueOf(word);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
