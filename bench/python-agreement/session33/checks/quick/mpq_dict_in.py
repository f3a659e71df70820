import multiprocessing as mp
def f(q):
    q.put({'k': 1})
if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=f, args=(q,))
    p.start()
    msg = q.get()
    p.join()
    found = 'k' in msg
    print(found)
