import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    result = 1
    for _ in range(exp):
        result *= base
    return result


def main():
    with mp.Pool(processes=2) as pool:
        squares = pool.map(square, range(6))
        pending = [pool.apply_async(power, (2, e)) for e in range(4)]
        powers = [p.get(timeout=5) for p in pending]
        lengths = list(pool.imap(square, [1, 2, 3]))
    print("squares", squares)
    print("powers", powers)
    print("lengths", lengths)


if __name__ == "__main__":
    main()
