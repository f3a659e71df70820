# Expected: executor.map over a pure function; results keep input order, total == 30.
from concurrent.futures import ThreadPoolExecutor

total = 0


def square(x):
    return x * x


def main():
    global total
    with ThreadPoolExecutor(max_workers=2) as executor:
        for value in executor.map(square, [1, 2, 3, 4]):
            total += value
    print(f"total of squares: {total}")


if __name__ == "__main__":
    main()
