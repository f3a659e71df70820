# bug: lost update - the tally dict entry is read, the thread sleeps, then writes back without a lock
from concurrent.futures import ThreadPoolExecutor
import time

tally = {"yes": 0, "no": 0}


def count_ballot_box(box):
    for vote in box:
        current = tally[vote]
        time.sleep(0.0005)
        tally[vote] = current + 1
    return len(box)


boxes = [["yes", "no", "yes"], ["yes", "yes"], ["no", "yes", "no"]]
with ThreadPoolExecutor(max_workers=3) as pool:
    counted = sum(pool.map(count_ballot_box, boxes))

print(f"counted={counted} tally={tally} total={sum(tally.values())}")
