from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


def describe(pair):
    name, value = pair
    return f"{name}={value}"


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        squares = list(pool.map(square, range(8)))
        labels = list(pool.map(describe, [("a", squares[0]), ("b", squares[1]), ("c", squares[2])]))
    print(squares)
    print(", ".join(labels))
    print("sum", sum(squares))


if __name__ == "__main__":
    main()
