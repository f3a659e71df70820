from multiprocessing import Pool

def area(w, h):
    return w * h

if __name__ == "__main__":
    with Pool(2) as pool:
        areas = pool.starmap(area, [(2, 3), (4, 5)])
    total = sum(areas)
