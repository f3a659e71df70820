# Per-region statistics with multiprocessing.Pool.map: each region's readings are summarised in a worker
# VARIANT: list(REGIONS.items()) in place of sorted(...) (20:48)
# VARIANT v2: the items written as a sorted list of pairs (21:46)
# (min, max, mean rounded down); the parent builds a report dict sorted by region.
from multiprocessing import Pool

REGIONS = {
    "north": [3, 9, 4, 7],
    "south": [12, 15, 11],
    "east": [6, 6, 8, 2, 3],
    "west": [1],
}

ITEMS = [("east", [6, 6, 8, 2, 3]), ("north", [3, 9, 4, 7]), ("south", [12, 15, 11]), ("west", [1])]


def summarise(item):
    region, values = item
    return region, {"min": min(values), "max": max(values), "mean": sum(values) // len(values)}


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        summaries = pool.map(summarise, ITEMS)
    report = dict(summaries)
    hottest = max(report, key=lambda r: report[r]["max"])
    means = [report[r]["mean"] for r in sorted(report)]
    print(f"hottest={hottest} means={means} regions={len(report)}")
