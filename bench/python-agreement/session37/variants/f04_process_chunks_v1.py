# Score a list of records with a ProcessPoolExecutor, in chunks, and total the scores per region.
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass
class Sale:
    region: str
    units: int
    price: int


def score(sale):
    discount = 10 if sale.units >= 5 else 0
    return sale.region, sale.units * sale.price * (100 - discount) // 100


SALES = [
    Sale("eu", 2, 30),
    Sale("us", 5, 20),
    Sale("eu", 7, 10),
    Sale("apac", 1, 99),
    Sale("us", 3, 15),
    Sale("apac", 6, 12),
]

if __name__ == "__main__":
    totals = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for region, amount in pool.map(score, SALES, chunksize=2):
            totals[region] = totals.get(region, 0) + amount
    grand = sum(totals.values())
    print(f"grand={grand} totals={dict(sorted(totals.items()))}")
