from concurrent.futures import ThreadPoolExecutor

done = []


def work(n):
    done.append(n)
    return n * n


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(work, n) for n in (1, 2, 3)]
        squares = [f.result() for f in futures]
        big = [f.result() for f in futures if f.result() > 1]
    print("squares", squares, "big", big)
    print("done", sorted(done))


main()
