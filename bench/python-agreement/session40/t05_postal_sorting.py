# Postal sorting: workers sort their parcel bins, wait at a barrier, then each totals one region. Bug: none.
import threading
from dataclasses import dataclass


@dataclass
class Parcel:
    pid: int
    region: str
    grams: int


bins = [
    [Parcel(1, "east", 300), Parcel(2, "west", 120)],
    [Parcel(3, "west", 450), Parcel(4, "east", 80)],
    [Parcel(5, "east", 200), Parcel(6, "west", 60)],
]
sorted_bins = [None, None, None]
barrier = threading.Barrier(3)
region_weight = {}
lock = threading.Lock()
REGIONS = ["east", "west", "north"]


def sorter(idx):
    sorted_bins[idx] = sorted(bins[idx], key=lambda p: p.grams)
    barrier.wait()
    region = REGIONS[idx]
    weight = sum(p.grams for b in sorted_bins for p in b if p.region == region)
    with lock:
        region_weight[region] = weight


workers = [threading.Thread(target=sorter, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

lightest = [b[0].pid for b in sorted_bins]
print(f"region_weight={dict(sorted(region_weight.items()))} lightest={lightest}")
