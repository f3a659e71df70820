SIZES = [3, 5, 7]
total = 0
if __name__ == "__main__":
    total = sum(s for s in SIZES)
