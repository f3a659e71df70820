from concurrent.futures import ProcessPoolExecutor, as_completed
def sq(n):
    return n * n
if __name__ == '__main__':
    total = 0
    with ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(sq, n) for n in range(4)]
        for f in as_completed(fs):
            total += f.result()
    print(total)
