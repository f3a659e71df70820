# defaultdict(set): threads tag items (add), one removes a tag (discard); members read by len and `in`.
# CPython 3.11.7 (10 runs): count=1 red=0 (tags['a'] == {'big'}), 10 of 10; weft explore: that and count=2 red=1
# (the discard before the add of "red"), complete.
import threading
from collections import defaultdict

tags = defaultdict(set)
tags_lock = threading.Lock()


def tag(item, label):
    with tags_lock:
        tags[item].add(label)


def untag(item, label):
    with tags_lock:
        tags[item].discard(label)


threads = [
    threading.Thread(target=tag, args=("a", "red")),
    threading.Thread(target=tag, args=("a", "big")),
    threading.Thread(target=untag, args=("a", "red")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_tags = tags["a"]
count = len(a_tags)
red = "red" in a_tags
