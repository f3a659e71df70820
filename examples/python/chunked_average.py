"""The chunked average: each thread sums one chunk; the average is the same in every order."""
import threading

DATA = list(range(1, 13))  # 1 .. 12, average 6 (integer division)
CHUNKS = 3
SIZE = len(DATA) // CHUNKS

sums = [0] * CHUNKS
counts = [0] * CHUNKS


def summarize(index, chunk):
    sums[index] = sum(chunk)  # weft: cpu 1ms
    counts[index] = len(chunk)


def main():
    workers = []
    for index in range(CHUNKS):
        chunk = DATA[index * SIZE:(index + 1) * SIZE]
        worker = threading.Thread(target=summarize, args=(index, chunk))
        workers.append(worker)
        worker.start()
    for worker in workers:
        worker.join()
    total = 0
    count = 0
    for index in range(CHUNKS):
        total += sums[index]
        count += counts[index]
    average = total // count
    assert average == 6
    print(f"average: {average}")


if __name__ == "__main__":
    main()
