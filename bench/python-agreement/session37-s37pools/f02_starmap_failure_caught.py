# A Pool's starmap whose one job may fail on a dict lookup: the failure is caught, the program goes on.
from multiprocessing import Pool

RATES = {"local": 3, "national": 7}


def cost(weight, zone):
    return RATES[zone] * weight


if __name__ == "__main__":
    outcome = 0
    with Pool(processes=3) as pool:
        try:
            outcome = sum(pool.starmap(cost, [(1, "local"), (2, "abroad"), (3, "national")]))
        except KeyError:
            outcome = -1
    print(outcome)
