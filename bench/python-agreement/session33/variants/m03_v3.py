from multiprocessing import Pool


def shipping_cost(weight_kg, zone):
    if zone == "local":
        base = 3
    elif zone == "national":
        base = 7
    else:
        base = 15
    return base + 2 * max(0, weight_kg - 1)


def label(parcel):
    pid, weight, zone = parcel
    return f"{pid}:{zone[:3]}"


if __name__ == "__main__":
    parcels = [("p1", 1, "local"), ("p2", 4, "national"), ("p3", 2, "international"), ("p4", 3, "local")]
    with Pool(processes=2) as pool:
        costs = pool.starmap(shipping_cost, [(1, "local"), (4, "national"), (2, "international"), (3, "local")])
        labels = pool.map(label, parcels, chunksize=2)
    by_zone = {}
    for i in range(4):
        zone = parcels[i][2]
        by_zone[zone] = by_zone.get(zone, 0) + costs[i]
    print("costs", costs, "labels", labels, "by zone", by_zone)
