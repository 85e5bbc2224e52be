package io.industrypulse.engine;

import java.util.List;

/** Tags of each enterprise in compressed rows (start offsets into one array), so the row pass stays allocation-free. */
final class TagMembership {

    private final int[] start;
    private final int[] tags;

    private TagMembership(int[] start, int[] tags) {
        this.start = start;
        this.tags = tags;
    }

    /** The tags of the enterprises in {@code groups}; an enterprise beyond them has none. */
    static TagMembership of(List<TagGroup> groups) {
        int enterprises = 0;
        for (TagGroup group : groups) {
            for (int e : group.enterprises()) {
                if (e < 0) {
                    throw new IllegalArgumentException("tag " + group.name() + ": negative enterprise index");
                }
                enterprises = Math.max(enterprises, e + 1);
            }
        }
        int[] start = new int[enterprises + 1];
        for (TagGroup group : groups) {
            for (int e : group.enterprises()) {
                start[e + 1]++;
            }
        }
        for (int e = 0; e < enterprises; e++) {
            start[e + 1] += start[e];
        }
        int[] tags = new int[start[enterprises]];
        int[] fill = start.clone();
        for (int t = 0; t < groups.size(); t++) {
            for (int e : groups.get(t).enterprises()) {
                tags[fill[e]++] = t;
            }
        }
        return new TagMembership(start, tags);
    }

    /** One more than the highest enterprise index with a tag. */
    int enterprises() {
        return start.length - 1;
    }

    int start(int enterprise) {
        return start[enterprise];
    }

    int end(int enterprise) {
        return start[enterprise + 1];
    }

    int tag(int index) {
        return tags[index];
    }
}
