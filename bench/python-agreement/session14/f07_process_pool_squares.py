# Expected: ProcessPoolExecutor.map returns squares in order (squares == [0, 1, 4, 9, 16, 25], total == 55); no bug
from concurrent.futures import ProcessPoolExecutor

squares = []
total = 0


def square(n):
    return n * n


def main():
    global total
    with ProcessPoolExecutor(max_workers=2) as executor:
        for result in executor.map(square, range(6)):
            squares.append(result)
    total = sum(squares)
    print(f"squares={squares} total={total}")


if __name__ == "__main__":
    main()
