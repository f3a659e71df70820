# A process pool scores frozen parcels; main totals the weights per zone as results arrive.
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Parcel:
    zone: str
    grams: int


PARCELS = [Parcel("a", 1200), Parcel("b", 300), Parcel("a", 2500), Parcel("c", 800)]


def charge(parcel):
    kilos = (parcel.grams + 999) // 1000
    return parcel.zone, kilos * 4


if __name__ == "__main__":
    owed = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for zone, fee in pool.map(charge, PARCELS):
            owed[zone] = owed.get(zone, 0) + fee
    print(f"owed={dict(sorted(owed.items()))}")
