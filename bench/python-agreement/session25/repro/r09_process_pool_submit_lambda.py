# SILENT ERROR (weft-start): ProcessPoolExecutor pickles the callable: `submit(lambda ...)` gives a
# future whose result() raises PicklingError in CPython, every run (fault). weft lists ok value=42 only,
# "complete".
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        value = pool.submit(lambda: 42).result()
    print(value)
