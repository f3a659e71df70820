import multiprocessing as mp
def f(conn):
    conn.send(['a', 'b'])
if __name__ == '__main__':
    a, b = mp.Pipe()
    p = mp.Process(target=f, args=(b,))
    p.start()
    msg = a.recv()
    p.join()
    found = 'a' in msg
    print(found)
