package org.anju.region.generator;

import java.util.List;

/** A county to generate: where it hangs in the tree, its townships and how many houses it gets. */
record CountySpec(long id, String code, String name, long parentId, String parentPath, int sortOrder,
                  List<PlaceNames.TownshipName> townships, int houses) {
}
