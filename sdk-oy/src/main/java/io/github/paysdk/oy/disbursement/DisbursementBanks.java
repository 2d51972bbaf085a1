package io.github.paysdk.oy.disbursement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disbursement bank and e-wallet codes from OY's docs (2023-09). Codes are text, not numbers,
 * and not unique: 013, 115, 116, 119, 120 and 128 each name a conventional and a Syariah bank. OY adds and
 * renames banks often, so the SDK does not reject a well-formed code missing from this list.
 */
public final class DisbursementBanks {
  /** Bank BRI. */
  public static final String BRI = "002";
  /** Bank Mandiri. */
  public static final String MANDIRI = "008";
  /** Bank BNI. */
  public static final String BNI = "009";
  /** Bank Danamon. */
  public static final String DANAMON = "011";
  /** Bank Permata / Permata Syariah. */
  public static final String PERMATA = "013";
  /** Bank BCA. */
  public static final String BCA = "014";
  /** CIMB Niaga. */
  public static final String CIMB_NIAGA = "022";
  /** Bank BTN. */
  public static final String BTN = "200";
  /** Bank Syariah Indonesia. */
  public static final String BSI = "451";
  /** Bank Jago (ARTOS). */
  public static final String JAGO = "542";
  /** OVO (e-wallet). */
  public static final String OVO = "ovo";
  /** LinkAja (e-wallet). */
  public static final String LINKAJA = "linkaja";
  /** DANA (e-wallet). */
  public static final String DANA = "dana";
  /** GoPay (e-wallet). */
  public static final String GOPAY = "gopay";
  /** ShopeePay (e-wallet). */
  public static final String SHOPEEPAY = "shopeepay";

  private static final Map<String, List<String>> NAMES = build();

  private DisbursementBanks() {}

  /** @return every documented code and the bank name(s) OY gives it, in the docs' order */
  public static Map<String, List<String>> all() {
    return NAMES;
  }

  /**
   * @param code a bank code
   * @return the bank name(s) OY documents for it; empty if it is not in this list
   */
  public static List<String> namesOf(String code) {
    return NAMES.getOrDefault(code, List.of());
  }

  private static Map<String, List<String>> build() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    put(names, "002", "Bank BRI");
    put(names, "008", "Bank Mandiri");
    put(names, "009", "Bank BNI");
    put(names, "011", "Bank Danamon");
    put(names, "013", "Bank Permata", "Bank Permata Syariah");
    put(names, "014", "Bank BCA");
    put(names, "016", "BII Maybank");
    put(names, "019", "Bank Panin");
    put(names, "022", "CIMB Niaga");
    put(names, "023", "Bank UOB INDONESIA");
    put(names, "028", "Bank OCBC NISP");
    put(names, "031", "CITIBANK");
    put(names, "036", "Bank Windu Kentjana International");
    put(names, "037", "Bank ARTHA GRAHA");
    put(names, "042", "Bank TOKYO MITSUBISHI UFJ");
    put(names, "046", "Bank DBS");
    put(names, "050", "Standard Chartered");
    put(names, "054", "Bank CAPITAL");
    put(names, "061", "ANZ Indonesia");
    put(names, "069", "Bank OF CHINA");
    put(names, "076", "Bank Bumi Arta");
    put(names, "087", "Bank HSBC");
    put(names, "088", "Bank Antardaerah");
    put(names, "089", "Bank Rabobank");
    put(names, "095", "Bank JTRUST INDONESIA");
    put(names, "097", "Bank MAYAPADA");
    put(names, "110", "Bank Jawa Barat");
    put(names, "111", "Bank DKI");
    put(names, "112", "Bank BPD DIY");
    put(names, "113", "Bank JATENG");
    put(names, "114", "Bank Jatim");
    put(names, "115", "Bank Jambi", "Bank Jambi Syariah");
    put(names, "116", "Bank Aceh", "Bank Aceh Syariah");
    put(names, "117", "Bank SUMUT");
    put(names, "118", "Bank NAGARI");
    put(names, "119", "Bank Riau", "Bank Riau Syariah");
    put(names, "120", "Bank SUMSEL BABEL", "Bank SUMSEL BABEL Syariah");
    put(names, "121", "Bank Lampung");
    put(names, "122", "Bank KALSEL");
    put(names, "123", "Bank KALBAR");
    put(names, "124", "Bank BPD Kaltim");
    put(names, "125", "Bank BPD Kalteng");
    put(names, "126", "Bank SULSELBAR");
    put(names, "127", "Bank Sulut");
    put(names, "128", "Bank NTB", "Bank NTB Syariah");
    put(names, "129", "Bank BPD Bali");
    put(names, "130", "Bank NTT");
    put(names, "131", "Bank Maluku");
    put(names, "132", "Bank BPD Papua");
    put(names, "134", "Bank SULTENG");
    put(names, "135", "Bank Sultra");
    put(names, "137", "Bank BANTEN");
    put(names, "145", "Bank Nusantara Parahyangan");
    put(names, "146", "Bank Of India Indonesia");
    put(names, "147", "Bank Muamalat");
    put(names, "151", "Bank Mestika");
    put(names, "152", "Bank SHINHAN");
    put(names, "153", "Bank Sinarmas");
    put(names, "157", "Bank Maspion");
    put(names, "161", "Bank Ganesha");
    put(names, "164", "Bank ICBC");
    put(names, "167", "Bank QNB indonesia");
    put(names, "200", "Bank BTN");
    put(names, "212", "Bank Woori Saudara");
    put(names, "213", "Bank BTPN");
    put(names, "405", "Bank Victoria Syariah");
    put(names, "425", "Bank Jabar Banten Syariah");
    put(names, "426", "Bank Mega");
    put(names, "441", "Bank Bukopin");
    put(names, "451", "Bank Syariah Indonesia");
    put(names, "472", "Bank Jasa Jakarta");
    put(names, "484", "Bank KEB HANA");
    put(names, "485", "Bank MNC INTERNATIONAL");
    put(names, "490", "Bank YUDHA BHAKTI/ Bank Neo Commerce");
    put(names, "494", "Bank Rakyat Indonesia AGRONIAGA");
    put(names, "498", "Bank SBI Indonesia (Indomonex)");
    put(names, "501", "Bank Royal");
    put(names, "503", "Bank National Nobu");
    put(names, "506", "Bank MEGA SYARIAH");
    put(names, "513", "Bank INA");
    put(names, "517", "Bank PANIN SYARIAH");
    put(names, "520", "PRIMA MASTER BANK");
    put(names, "521", "Bank SYARIAH BUKOPIN");
    put(names, "523", "Bank Sahabat Sampoerna");
    put(names, "526", "Bank DINAR");
    put(names, "535", "Bank Seabank Indonesia");
    put(names, "536", "Bank BCA SYARIAH");
    put(names, "542", "Bank ARTOS/ Bank Jago");
    put(names, "547", "Bank BTPN SYARIAH");
    put(names, "548", "Bank MULTIARTA SENTOSA");
    put(names, "553", "Bank Mayora");
    put(names, "555", "Bank INDEX");
    put(names, "559", "CNB");
    put(names, "564", "Bank MANTAP");
    put(names, "566", "Bank VICTORIA INTL");
    put(names, "567", "HARDA");
    put(names, "688", "BPR KS");
    put(names, "945", "IBK");
    put(names, "949", "Bank CTBC Indonesia");
    put(names, "950", "Bank COMMONWEALTH");
    put(names, OVO, "OVO");
    put(names, LINKAJA, "LinkAja");
    put(names, DANA, "Dana");
    put(names, GOPAY, "Gopay");
    put(names, SHOPEEPAY, "ShopeePay");
    return Collections.unmodifiableMap(names);
  }

  private static void put(Map<String, List<String>> names, String code, String... bankNames) {
    names.put(code, List.of(bankNames));
  }
}
