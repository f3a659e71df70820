import multiprocessing as mp
def f(q):
    q.put([1, 2, 3])
if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=f, args=(q,))
    p.start()
    item = q.get()
    p.join()
    n = len(item)
    print(n)
