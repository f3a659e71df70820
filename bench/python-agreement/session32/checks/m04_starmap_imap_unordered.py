# Pool.starmap and imap_unordered (summed, so the order does not matter).
import multiprocessing

final = {}


def mul(a, b):
    return a * b


def sq(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        prods = pool.starmap(mul, [(1, 2), (3, 4)])
        total = sum(pool.imap_unordered(sq, [1, 2, 3]))
    final["prods"] = prods[0] + 10 * prods[1]
    final["total"] = total
    print(final)
