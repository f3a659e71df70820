# SILENT ERROR (weft-start): a lambda cannot be pickled, so `Pool.map(lambda ...)` fails in CPython every
# run (_pickle.PicklingError; agree.py: fault). weft runs the lambda in the pool's processes and lists
# only ok total=12, "complete". ProcessPoolExecutor.map the same: r09.
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        doubled = pool.map(lambda x: x * 2, [1, 2, 3])
    total = sum(doubled)
    print(total)
