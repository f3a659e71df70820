from concurrent.futures import ThreadPoolExecutor


def checksum(data):
    total = 0
    for ch in data:
        total = (total * 31 + ord(ch)) % 1000003
    return total


def main():
    files = ["alpha", "beta", "gamma", "delta"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        sums = list(pool.map(checksum, files))
    for name, s in zip(files, sums):
        print(f"{name}: {s}")


if __name__ == "__main__":
    main()
