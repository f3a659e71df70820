# Matrix multiply with one worker thread per band of rows; results written into a shared result matrix.
import threading

A = [[1, 2, 0], [0, 1, 3], [4, 0, 1], [2, 2, 2]]
B = [[1, 0], [2, 1], [0, 3]]


def multiply_rows(a, b, out, rows):
    inner = len(b)
    cols = len(b[0])
    for i in rows:
        for j in range(cols):
            acc = 0
            for k in range(inner):
                acc += a[i][k] * b[k][j]
            out[i][j] = acc


def main(workers=2):
    n = len(A)
    result = [[0] * len(B[0]) for _ in range(n)]
    band = (n + workers - 1) // workers
    threads = []
    for w in range(workers):
        rows = range(w * band, min(n, (w + 1) * band))
        t = threading.Thread(target=multiply_rows, args=(A, B, result, rows))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    for row in result:
        print(row)
    trace = sum(result[i][i] for i in range(min(n, len(B[0]))))
    print("trace", trace)


main()
