# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
df = pd.read_csv("sensors.csv")
df["avg"] = df[["s1", "s2", "s3"]].mean(axis=1)
print(df.describe())
train, test = train_test_split(df, random_state=0)
model = RandomForestClassifier(random_state=0).fit(train[["avg", "s1"]], train["label"])
print(model.score(test[["avg", "s1"]], test["label"]))
