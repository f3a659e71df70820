vals = [0, 0, 0, 0, 0, 0]

if __name__ == "__main__":
    for i in range(3):
        vals[i] = 1
    i = 5
    vals[i] = 2
