from multiprocessing import Pool
def sq(n):
    return n * n
if __name__ == '__main__':
    out = []
    with Pool(2) as p:
        for v in p.imap(sq, range(4)):
            out.append(v)
    print(out)
