# Parallel merge sort: a Pool sorts chunks in worker processes, the parent merges the sorted runs
from multiprocessing import Pool


def merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(items):
    runs = [[x] for x in items]
    while len(runs) > 1:
        merged = []
        for k in range(0, len(runs) - 1, 2):
            merged.append(merge(runs[k], runs[k + 1]))
        if len(runs) % 2 == 1:
            merged.append(runs[-1])
        runs = merged
    return runs[0] if runs else []


def split(items, parts):
    size = (len(items) + parts - 1) // parts
    return [items[k:k + size] for k in range(0, len(items), size)]


if __name__ == "__main__":
    data = [23, 5, 17, 42, 8, 15, 4, 16, 9, 31, 2, 11]
    with Pool(processes=2) as pool:
        runs = pool.map(merge_sort, split(data, 3))
    result = runs[0]
    for run in runs[1:]:
        result = merge(result, run)
    print("runs:", runs)
    print("sorted:", result)
    print("ok:", result == sorted(data))
