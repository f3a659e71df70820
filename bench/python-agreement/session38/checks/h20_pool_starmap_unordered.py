# multiprocessing.Pool.starmap for prices, then imap_unordered for a checksum; results aggregated.
import multiprocessing

log = []


def line_total(item, qty, unit):
    return qty * unit


def digest(word):
    return sum(ord(c) for c in word) % 97


if __name__ == "__main__":
    lines = [("pen", 3, 2), ("ink", 1, 5), ("pad", 2, 4)]
    with multiprocessing.Pool(processes=2) as pool:
        totals = pool.starmap(line_total, lines)
        digests = sorted(pool.imap_unordered(digest, ["alpha", "beta", "gamma"]))
    log.append(sum(totals))
    log.extend(digests)
    print(log)
