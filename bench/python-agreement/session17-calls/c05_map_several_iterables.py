# prices times quantities on a thread pool and on a process pool: map over two lists (zip stops at the shorter)
import multiprocessing
from concurrent.futures import ThreadPoolExecutor

subtotals = []


def line_total(price, quantity):
    return price * quantity


def record(price, quantity):
    subtotals.append(price * quantity)
    return len(subtotals)


if __name__ == "__main__":
    prices = [3, 5, 7]
    with ThreadPoolExecutor(max_workers=2) as ex:
        totals = list(ex.map(line_total, prices, [2, 4, 6, 8]))
        positions = list(ex.map(record, range(1, 4), [10, 20, 30]))
    with multiprocessing.Pool(2) as pool:
        again = pool.starmap(line_total, [(1, 2), (3, 4)])
        zipped = pool.starmap(line_total, zip([5, 6], [7, 8]))
    grand = sum(totals) + sum(again) + sum(zipped)
    print(f"grand={grand} subtotals={sorted(subtotals)} positions={positions}")
