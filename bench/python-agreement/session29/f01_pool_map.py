from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as executor:
    squares = list(executor.map(square, [1, 2, 3, 4]))

total = sum(squares)
print(squares, total)
