package org.anju.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who counts as one owner (SPC 2020 art. 9, rules.md §1 "Counting"): one exclusive part is one owner, but a buyer
 * of several parts counts once, and the developer's unsold or undelivered parts count as one owner together.
 * Houses are joined into one voter when they share an owner (co-owners of one house are that house's one owner);
 * a house with no recorded owner is the developer's. Each voter's area is the sum of its houses' register areas.
 */
public final class Electorate {

    /** One house of the roll: its register area and its recorded owners (none: the developer's, unsold). */
    public record Holding(long houseId, BigDecimal area, Collection<Long> ownerIds) {
    }

    /** One owner for the headcount, holding the listed houses (developer: the unsold ones). */
    public record Voter(int index, BigDecimal area, List<Long> houseIds, List<Long> ownerIds, boolean developer) {
    }

    private final List<Voter> voters;

    private Electorate(List<Voter> voters) {
        this.voters = voters;
    }

    /** Groups the houses into voters, in the order of each voter's first house. */
    public static Electorate of(List<Holding> houses) {
        int n = houses.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> houseOfOwner = new HashMap<>();
        int developerHouse = -1;
        for (int i = 0; i < n; i++) {
            Collection<Long> owners = houses.get(i).ownerIds();
            if (owners == null || owners.isEmpty()) {
                if (developerHouse < 0) {
                    developerHouse = i;
                } else {
                    union(parent, developerHouse, i);
                }
                continue;
            }
            for (Long owner : owners) {
                Integer other = houseOfOwner.putIfAbsent(owner, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        Map<Integer, Integer> voterOfRoot = new HashMap<>();
        List<BigDecimal> areas = new ArrayList<>();
        List<List<Long>> houseIds = new ArrayList<>();
        List<List<Long>> ownerIds = new ArrayList<>();
        List<Boolean> developer = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer v = voterOfRoot.get(root);
            if (v == null) {
                v = areas.size();
                voterOfRoot.put(root, v);
                areas.add(BigDecimal.ZERO);
                houseIds.add(new ArrayList<>());
                ownerIds.add(new ArrayList<>());
                developer.add(false);
            }
            Holding h = houses.get(i);
            areas.set(v, areas.get(v).add(h.area()));
            houseIds.get(v).add(h.houseId());
            if (h.ownerIds() == null || h.ownerIds().isEmpty()) {
                developer.set(v, true);
            } else {
                for (Long o : h.ownerIds()) {
                    if (!ownerIds.get(v).contains(o)) {
                        ownerIds.get(v).add(o);
                    }
                }
            }
        }
        List<Voter> voters = new ArrayList<>(areas.size());
        for (int v = 0; v < areas.size(); v++) {
            voters.add(new Voter(v, areas.get(v), List.copyOf(houseIds.get(v)), List.copyOf(ownerIds.get(v)),
                    developer.get(v)));
        }
        return new Electorate(List.copyOf(voters));
    }

    public List<Voter> voters() {
        return voters;
    }

    /** The roll's whole exclusive area and headcount: the base of participation (art. 278 para. 2). */
    public Tally.Weight total() {
        BigDecimal area = BigDecimal.ZERO;
        for (Voter v : voters) {
            area = area.add(v.area());
        }
        return new Tally.Weight(area, voters.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
