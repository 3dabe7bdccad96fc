"""Train the iris classifier and save it with joblib."""

import argparse
import sys
from pathlib import Path

import joblib
import pandas as pd
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo_pkg.features import standardize  # noqa: E402
from demo_pkg.model import evaluate, train  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "iris_sample.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "iris_rf.joblib")
    parser.add_argument("--test-size", type=float, default=0.3)
    args = parser.parse_args()

    df = pd.read_csv(args.data)
    X = standardize(df.drop(columns="species").to_numpy())
    y = df["species"].to_numpy()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=args.test_size, stratify=y)

    model = train(X_train, y_train)
    print(f"accuracy: {evaluate(model, X_test, y_test):.3f}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out)
    print(f"model saved to {args.out}")


if __name__ == "__main__":
    main()
