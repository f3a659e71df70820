"""session23/m01 without `imap(len, ...)`: `base ** exp` of a worker's run-time arguments."""
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def main():
    with mp.Pool(processes=2) as pool:
        squares = pool.map(square, range(6))
        pending = [pool.apply_async(power, (2, e)) for e in range(4)]
        powers = [p.get(timeout=5) for p in pending]
    print("squares", squares)
    print("powers", powers)


if __name__ == "__main__":
    main()
